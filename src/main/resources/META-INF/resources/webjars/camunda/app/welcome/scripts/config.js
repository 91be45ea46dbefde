/*
 * Grantflow's configuration of Camunda's Welcome (this file takes the place of the webjar's scripts/config.js; see
 * "Webapp configuration" in the Camunda 7 docs). The header and the page title read "Grantflow Welcome".
 */
export default {
  app: {
    name: 'Welcome',
    vendor: 'Grantflow'
  }
};
