/*
 * The managers' and jurors' forms are worded in the language of the person a task is assigned to; a group's task is
 * worded again when someone claims it (see TaskFormWording). Tasklist keeps the form it rendered before the claim, so
 * once a claim succeeds this asks whether the words changed (the task's variable rewordedOnClaim) and, if they did,
 * loads the page again so that the form shows the claimer's own words. window.grantflowClaimSettled tells that the
 * form needs no reload.
 */
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const claim = String(url);
  if (method === 'POST' && /\/task\/[^/]+\/claim$/.test(claim)) {
    window.grantflowClaimSettled = false;
    this.addEventListener('load', () => {
      if (this.status < 200 || this.status >= 300) {
        window.grantflowClaimSettled = true;
        return;
      }
      fetch(claim.replace(/\/claim$/, '/localVariables/rewordedOnClaim'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) => (response.ok ? response.json() : null))
        .then((variable) => {
          if (variable && variable.value === true) {
            window.location.reload();
          } else {
            window.grantflowClaimSettled = true;
          }
        })
        .catch(() => { window.grantflowClaimSettled = true; });
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
