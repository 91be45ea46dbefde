// The reply's live character count; the server enforces the limit, this only tells the writer as he or she types.
(function () {
  var field = document.getElementById('reply-field');
  var count = document.getElementById('reply-count');
  if (!field || !count) return;
  var max = parseInt(field.getAttribute('data-max'), 10);
  var template = count.getAttribute('data-template');
  function update() {
    var n = Array.from(field.value.trim()).length;
    count.textContent = template.replace('{n}', n.toLocaleString(document.documentElement.lang || undefined));
    count.classList.toggle('over', n > max);
  }
  field.addEventListener('input', update);
  update();
})();
