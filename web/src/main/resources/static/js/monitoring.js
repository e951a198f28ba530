// Prints the sheet of links; copies a personal link to the clipboard (the text field stays selectable for browsers without the API).
document.addEventListener('click', function (event) {
  if (event.target.closest('button.print')) {
    window.print();
    return;
  }
  var button = event.target.closest('button.copy');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-copy'));
  if (!field) {
    return;
  }
  field.select();
  var done = function () { button.textContent = 'Скопировано'; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done);
  } else {
    document.execCommand('copy');
    done();
  }
});
