// The console's one script: new emergencies appear at the top of the list without a reload.
(function () {
  'use strict';
  var live = document.getElementById('live');
  var list = document.getElementById('conversations');
  if (!live || !list) return;
  var since = live.getAttribute('data-since');
  var shown = {};
  list.querySelectorAll('a[href^="/operator/conversations/"]').forEach(function (a) { shown[a.getAttribute('href')] = true; });

  function row(c) {
    var href = '/operator/conversations/' + encodeURIComponent(c.id);
    if (shown[href]) return;
    shown[href] = true;
    var tr = document.createElement('tr');
    tr.className = 'u-emergency fresh';
    var cells = [null, c.startedAt.substring(0, 16).replace('T', ' '), c.findings.join(', '), c.channel, c.locale, 'no'];
    cells.forEach(function (text, i) {
      var td = document.createElement('td');
      if (i === 0) {
        var a = document.createElement('a');
        a.href = href;
        var badge = document.createElement('span');
        badge.className = 'badge d-emergency';
        badge.textContent = 'emergency';
        a.appendChild(badge);
        a.appendChild(document.createTextNode(' (new)'));
        td.appendChild(a);
      } else {
        td.textContent = text;
      }
      tr.appendChild(td);
    });
    list.insertBefore(tr, list.firstChild);
  }

  function poll() {
    fetch('/operator/api/emergencies?after=' + encodeURIComponent(since), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (emergencies) {
        emergencies.forEach(function (c) { if (c.updatedAt > since) since = c.updatedAt; });
        emergencies.slice().reverse().forEach(row);
        if (emergencies.length > 0) live.textContent = emergencies.length + ' new emergency conversation(s) added at the top.';
      })
      .catch(function () { /* offline for a moment: the next poll tries again */ })
      .finally(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 5000);
})();
