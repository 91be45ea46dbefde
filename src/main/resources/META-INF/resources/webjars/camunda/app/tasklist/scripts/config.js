/*
 * Grantflow's configuration of Camunda's Tasklist (this file takes the place of the webjar's scripts/config.js; see
 * "Webapp configuration" in the Camunda 7 docs). The header and the page title read "Grantflow Tasklist".
 * Tasklist speaks the browser's first language when it has it: Camunda ships English (and German, which Grantflow's
 * users do not read); locales/fr.json is Grantflow's own French for what reviewers and managers meet, and Tasklist
 * falls back to English for any label it does not hold.
 */
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Grantflow'
  },
  // reloads the task once it is claimed, so that its form is worded in the claimer's language
  customScripts: ['scripts/reword-on-claim.js'],
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
