/*
 * Grantflow's configuration of Camunda's Cockpit (this file takes the place of the webjar's scripts/config.js; see
 * "Webapp configuration" in the Camunda 7 docs). The header and the page title read "Grantflow Cockpit".
 */
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Grantflow'
  }
};
