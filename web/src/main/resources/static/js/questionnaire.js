// The questionnaire page: progress, answers kept in this tab if the connection drops, sent once.
(function () {
  var form = document.getElementById('q-form');
  if (!form) {
    // the thank-you page: nothing left to keep
    if (document.querySelector('.q-page .done')) {
      Object.keys(sessionStorage).filter(function (k) { return k.indexOf('q:') === 0; })
        .forEach(function (k) { sessionStorage.removeItem(k); });
    }
    return;
  }
  var key = 'q:' + location.pathname;
  var items = form.querySelectorAll('fieldset.q-item');

  function answered(fieldset) {
    var checked = fieldset.querySelector('input:checked');
    var text = fieldset.querySelector('textarea');
    return !!checked || (text && text.value.trim() !== '');
  }

  function progress() {
    var n = 0;
    items.forEach(function (f) { if (answered(f)) { n++; } });
    document.getElementById('q-answered').textContent = n;
    document.getElementById('q-bar').value = n;
  }

  function save() {
    var data = {};
    form.querySelectorAll('input:checked, textarea').forEach(function (el) {
      if (el.value.trim() !== '') { data[el.name] = el.value; }
    });
    try { sessionStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* private mode: keep going */ }
  }

  function restore() {
    var data;
    try { data = JSON.parse(sessionStorage.getItem(key) || '{}'); } catch (e) { data = {}; }
    Object.keys(data).forEach(function (name) {
      var fields = form.querySelectorAll('[name="' + CSS.escape(name) + '"]');
      fields.forEach(function (el) {
        if (el.type === 'radio') {
          var anyChecked = Array.prototype.some.call(fields, function (f) { return f.checked; });
          if (!anyChecked && el.value === data[name]) { el.checked = true; }
        } else if (el.value === '') {
          el.value = data[name];
        }
      });
    });
  }

  restore();
  progress();
  form.addEventListener('change', function () { save(); progress(); });
  form.addEventListener('input', function () { save(); progress(); });
  form.addEventListener('submit', function (event) {
    var button = document.getElementById('q-send');
    if (button.disabled) { event.preventDefault(); return; }
    // sent once: a second press while the first is on its way does nothing
    button.disabled = true;
    button.textContent = 'Отправка…';
  });
  // back from a failed send (bfcache): the button works again
  window.addEventListener('pageshow', function () {
    var button = document.getElementById('q-send');
    button.disabled = false;
    button.textContent = 'Отправить ответы';
  });
})();
