/*
 * The managers' and jurors' forms are worded in the language of the person a task is assigned to; a group's task is
 * worded again when someone claims it (see TaskFormWording). Tasklist keeps the form it rendered before the claim, so
 * once a claim succeeds the page is loaded again and the form shows the claimer's own words.
 */
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (method === 'POST' && /\/task\/[^/]+\/claim$/.test(String(url))) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        window.location.reload();
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
