/* Sorting and filtering for the dashboard's tables. Only an enhancement: without this script
   every table shows all its rows in their published order. */
(function () {
  'use strict';

  function sortKey(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ''; }
    var key = cell.getAttribute('data-sort');
    return key !== null ? key : cell.textContent.trim();
  }

  var NUMBER = /^[+\u2212-]?\d+(\.\d+)?%?$/;

  function toNumber(text) {
    return parseFloat(text.replace('\u2212', '-').replace('%', ''));
  }

  function compare(a, b) {
    if (NUMBER.test(a) && NUMBER.test(b)) { return toNumber(a) - toNumber(b); }
    return a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' });
  }

  function statusOf(table) {
    var filter = document.querySelector('[data-filter-for="' + table.id + '"] .filter-status');
    return filter;
  }

  function makeSortable(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      var initial = th.getAttribute('data-sorted');
      if (initial) { th.setAttribute('aria-sort', initial); }
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var a = sortKey(r1, index);
          var b = sortKey(r2, index);
          if (a === '' || b === '') { return (a === '') - (b === ''); }
          return ascending ? compare(a, b) : compare(b, a);
        });
        rows.forEach(function (row) { body.appendChild(row); });
        var status = statusOf(table);
        if (status) {
          var count = status.getAttribute('data-count') || '';
          status.setAttribute('data-sorted', 'Sorted by ' + button.textContent.trim() + (ascending ? ', ascending.' : ', descending.'));
          status.textContent = (count ? count + ' ' : '') + status.getAttribute('data-sorted');
        }
      });
    });
  }

  function makeFilter(box) {
    var table = document.getElementById(box.getAttribute('data-filter-for'));
    if (!table) { return; }
    var input = box.querySelector('input');
    var status = box.querySelector('.filter-status');
    var noun = box.getAttribute('data-noun') || 'rows';
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    box.hidden = false;
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !match;
        if (match) { shown += 1; }
      });
      var count = words.length ? 'Showing ' + shown + ' of ' + rows.length + ' ' + noun + '.' : '';
      status.setAttribute('data-count', count);
      status.textContent = count;
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll('[data-filter-for]'), makeFilter);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
