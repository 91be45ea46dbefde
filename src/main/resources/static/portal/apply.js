// The application form: focus on the error summary when there is one, and the draft saved on the server a few
// seconds after the applicant stops typing (the whole form but its file, which goes with the form's buttons).
(function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  var form = document.getElementById('apply-form');
  var status = document.getElementById('autosave-status');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var timer = null;
  function save() {
    timer = null;
    var data = new FormData(form);
    data.delete('proposal');
    data.delete('action');
    fetch(form.getAttribute('data-autosave'), { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (answer) {
        if (answer.ok && status) {
          var time = new Date().toLocaleTimeString(document.documentElement.lang,
            { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' });
          status.textContent = status.getAttribute('data-saved').replace('{0}', time);
        }
      })
      .catch(function () { /* the next change, or a button, saves it */ });
  }
  function later(event) {
    if (event.target && event.target.type === 'file') {
      return;
    }
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(save, 1500);
  }
  form.addEventListener('input', later);
  form.addEventListener('change', later);
})();
