// The pickers of templates/fragments/picker.html, with JavaScript: HTMX brings the matches of the
// typed words; this script turns a chosen match into a chip and removes chips, without a round trip.
// The chips' hidden inputs are what the form submits, exactly as without JavaScript.
(function () {
  'use strict';

  function pickerOf(element) {
    return element.closest('.picker');
  }

  function say(picker, text) {
    picker.querySelector('.pick-status').textContent = text;
  }

  function addChip(picker, value, label) {
    var chips = picker.querySelector('.chips');
    var field = picker.dataset.field;
    var exists = Array.prototype.some.call(chips.querySelectorAll('input'), function (input) {
      return input.value === value;
    });
    if (!exists) {
      if (picker.dataset.multiple !== 'true') {
        chips.replaceChildren();
      }
      var chip = picker.querySelector('template.chip-template').content.firstElementChild.cloneNode(true);
      chip.querySelector('input').value = value;
      chip.querySelector('.chip-label').textContent = label;
      var remove = chip.querySelector('.chip-remove');
      remove.value = 'remove:' + field + ':' + value;
      var removeLabel = remove.dataset.removeLabel.replace('{0}', label);
      remove.setAttribute('aria-label', removeLabel);
      remove.title = removeLabel;
      chips.appendChild(chip);
    }
    var none = picker.querySelector('.chips + .meta');
    if (none) {
      none.remove();
    }
    var query = picker.querySelector('.pick-query');
    query.value = '';
    picker.querySelector('.pick-results').replaceChildren();
    say(picker, label + ' ✓');
    query.focus();
  }

  document.addEventListener('click', function (event) {
    var match = event.target.closest('.pick-match');
    if (match) {
      event.preventDefault();
      addChip(pickerOf(match), match.dataset.value, match.dataset.label);
      return;
    }
    var remove = event.target.closest('.chip-remove');
    if (remove) {
      event.preventDefault();
      var picker = pickerOf(remove);
      var chip = remove.closest('.chip');
      say(picker, chip.querySelector('.chip-label').textContent + ' ✗');
      chip.remove();
      picker.querySelector('.pick-query').focus();
    }
  });

  document.addEventListener('keydown', function (event) {
    var query = event.target.closest('.pick-query');
    var match = event.target.closest('.pick-match');
    if (!query && !match) {
      return;
    }
    var picker = pickerOf(event.target);
    var matches = Array.prototype.slice.call(picker.querySelectorAll('.pick-match'));
    if (query && event.key === 'Enter') {
      // Enter in the search box picks the first match rather than submitting the whole form
      event.preventDefault();
      if (matches.length) {
        matches[0].click();
      }
    }
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      var at = match ? matches.indexOf(match) : -1;
      var next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      event.preventDefault();
      if (next < 0) {
        picker.querySelector('.pick-query').focus();
      }
      else if (next < matches.length) {
        matches[next].focus();
      }
    }
    else if (event.key === 'Escape') {
      picker.querySelector('.pick-results').replaceChildren();
      picker.querySelector('.pick-query').focus();
    }
  });

  // the count of matches, read out once rather than every button of the list
  document.addEventListener('htmx:afterSwap', function (event) {
    var list = event.target.querySelector('.pick-matches');
    if (list && pickerOf(event.target)) {
      say(pickerOf(event.target), list.dataset.status);
    }
  });
})();
