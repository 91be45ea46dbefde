/*
 * Grantflow's configuration of Camunda's Admin (this file takes the place of the webjar's scripts/config.js; see
 * "Webapp configuration" in the Camunda 7 docs). The header and the page title read "Grantflow Admin".
 */
export default {
  app: {
    name: 'Admin',
    vendor: 'Grantflow'
  }
};
