// The CSRF token on every htmx request that changes something (the same token the forms carry).
document.addEventListener('htmx:configRequest', function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (meta && header && event.detail.verb !== 'get') {
    event.detail.headers[header.content] = meta.content;
  }
});
