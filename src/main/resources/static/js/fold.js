// A <details data-fold-narrow> starts folded on a narrow screen (a phone), open elsewhere:
// the form is a tap away and what the page answers comes first. Without script it stays open.
(function () {
  if (window.matchMedia('(max-width: 40rem)').matches) {
    document.querySelectorAll('details[data-fold-narrow]').forEach(function (d) { d.open = false; });
  }
})();
