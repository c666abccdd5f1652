// Small conveniences on top of pages that work without JavaScript.
// A form marked data-autosubmit is sent as soon as one of its choices changes (its button stays for those without
// JavaScript).
document.addEventListener('change', (event) => {
  const form = event.target.closest('form[data-autosubmit]');
  if (form && event.target.matches('select, input[type=radio], input[type=checkbox]')) {
    form.requestSubmit();
  }
});
