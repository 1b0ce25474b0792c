/*
 * TriageBot's chat widget. A clinic adds it to any page with one tag:
 *   <script src="https://<triagebot host>/widget/embed.js" data-locale="en-US" async></script>
 * Optional data attributes: data-accent (a CSS colour), data-position ("right" or "left"), data-title.
 * The conversation is kept for the browser tab (sessionStorage), so a reload shows its history.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var host = new URL(script.src).origin;
  var locale = script.dataset.locale || navigator.language || 'en-US';
  var russian = locale.toLowerCase().indexOf('ru') === 0;
  var accent = script.dataset.accent || '#0b6e4f';
  var side = script.dataset.position === 'left' ? 'left' : 'right';
  var words = russian
    ? { open: 'Онемение или боль в спине? Спросите нас', close: 'Закрыть чат', title: script.dataset.title || 'Помощник клиники',
        unreachable: 'Помощник сейчас не может ответить. Попробуйте ещё раз через минуту. В экстренном случае звоните ' }
    : { open: 'Back numbness or pain? Ask us', close: 'Close the chat', title: script.dataset.title || 'Clinic assistant',
        unreachable: 'The assistant cannot answer right now. Please try again in a minute. In an emergency call ' };
  var storageKey = 'triagebot:' + host;
  var rendered = false;

  var style = document.createElement('style');
  style.textContent =
    '.triagebot-button{position:fixed;bottom:20px;' + side + ':20px;z-index:2147483000;border:0;border-radius:28px;' +
    'padding:14px 20px;font:600 16px/1.2 system-ui,sans-serif;color:#fff;background:' + accent + ';' +
    'box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}' +
    '.triagebot-button:focus-visible{outline:3px solid #111;outline-offset:3px}' +
    '.triagebot-panel{position:fixed;bottom:84px;' + side + ':20px;z-index:2147483000;width:380px;height:560px;' +
    'max-width:calc(100vw - 24px);max-height:calc(100vh - 100px);display:flex;flex-direction:column;background:#fff;' +
    'border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}' +
    '.triagebot-panel[hidden]{display:none}' +
    '.triagebot-header{display:flex;align-items:center;justify-content:space-between;padding:10px 14px;color:#fff;' +
    'background:' + accent + ';font:600 16px system-ui,sans-serif}' +
    '.triagebot-header button{border:0;background:transparent;color:#fff;font-size:22px;cursor:pointer;line-height:1}' +
    '.triagebot-chat{flex:1;min-height:0}' +
    '.triagebot-notice{margin:0;padding:8px 14px;background:#fdecea;color:#7a1a14;font:600 14px/1.35 system-ui,sans-serif}' +
    '.triagebot-notice[hidden]{display:none}' +
    '@media (max-width:480px){.triagebot-panel{left:0;right:0;bottom:0;width:100vw;max-width:100vw;height:100%;max-height:100%;border-radius:0}' +
    '.triagebot-panel:not([hidden]) + .triagebot-button{display:none}}';
  document.head.appendChild(style);

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'triagebot-button';
  button.textContent = words.open;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');

  var panel = document.createElement('section');
  panel.className = 'triagebot-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', words.title);
  panel.innerHTML = '<div class="triagebot-header"><span></span><button type="button"></button></div>' +
    '<p class="triagebot-notice" role="alert" hidden></p><div class="triagebot-chat"></div>';
  panel.querySelector('span').textContent = words.title;
  var close = panel.querySelector('button');
  close.setAttribute('aria-label', words.close);
  close.textContent = '\u00d7';
  var chat = panel.querySelector('.triagebot-chat');
  var notice = panel.querySelector('.triagebot-notice');

  /* When a message cannot be sent, the patient must still learn what to do in an emergency. */
  function unreachable(emergencyNumber) {
    notice.textContent = words.unreachable + (emergencyNumber || '112') + '.';
    notice.hidden = false;
  }

  function setOpen(open) {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    sessionStorage.setItem(storageKey + ':open', open ? '1' : '');
    if (open) {
      start().then(function () {
        var input = chat.querySelector('input, textarea');
        if (input) input.focus();
      });
    } else {
      button.focus();
    }
  }

  button.addEventListener('click', function () { setOpen(panel.hidden); });
  close.addEventListener('click', function () { setOpen(false); });
  panel.addEventListener('keydown', function (event) { if (event.key === 'Escape') setOpen(false); });

  function loadWebChat() {
    if (window.WebChat) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = host + '/widget/webchat.js';
      tag.onload = resolve;
      tag.onerror = reject;
      document.head.appendChild(tag);
    });
  }

  /* A conversation kept for this tab, or a new one (the host starts it in this page's language). */
  function conversation() {
    var saved = JSON.parse(sessionStorage.getItem(storageKey) || 'null');
    if (saved && saved.expires > Date.now() + 60000) return Promise.resolve(saved);
    return fetch(host + '/api/directline/token?locale=' + encodeURIComponent(locale), { method: 'POST' })
      .then(function (response) {
        if (response.ok) return response.json();
        /* The host's own words when it has them (they name the emergency number when it is in trouble). */
        return response.json().catch(function () { return {}; }).then(function (body) {
          throw new Error(body && body.error && body.error.message ? body.error.message : 'The chat is not available on this site.');
        });
      })
      .then(function (issued) {
        var fresh = {
          conversationId: issued.conversationId, token: issued.token, expires: Date.now() + issued.expires_in * 1000,
          emergencyNumber: issued.emergencyNumber
        };
        sessionStorage.setItem(storageKey, JSON.stringify(fresh));
        return fresh;
      });
  }

  function start() {
    if (rendered) return Promise.resolve();
    rendered = true;
    return Promise.all([loadWebChat(), conversation()]).then(function (ready) {
      var saved = ready[1];
      var directLine = window.WebChat.createDirectLine({
        domain: host + '/v3/directline',
        token: saved.token,
        conversationId: saved.conversationId,
        webSocket: true
      });
      var store = window.WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            /* Web Chat says a message is impeded when it has not reached the bot within 20 seconds. */
            if (action.type === 'DIRECT_LINE/POST_ACTIVITY_IMPEDED' || action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED' ||
                (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS' && action.payload.connectionStatus >= 4)) {
              unreachable(saved.emergencyNumber);
            }
            if (action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') notice.hidden = true;
            return next(action);
          };
        };
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        store: store,
        locale: locale,
        userID: 'patient',
        styleOptions: { accent: accent, botAvatarInitials: '+', hideUploadButton: true, suggestedActionLayout: 'flow' }
      }, chat);
    }).catch(function (error) {
      rendered = false;
      chat.textContent = error.message;
    });
  }

  document.body.appendChild(panel);
  document.body.appendChild(button);
  if (sessionStorage.getItem(storageKey + ':open')) setOpen(true);
})();
