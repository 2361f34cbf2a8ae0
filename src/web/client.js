// The page's side of the chat: a Direct Line–compatible object that Web Chat talks to, which
// posts each activity to this service's same-origin endpoint and plays the bot's replies back.
// Plain browser JavaScript, served as is from /webchat/client.js.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('clip-config').textContent);
  var chat = document.getElementById('webchat');
  var select = document.getElementById('language');

  function randomId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return 'id-' + Math.random().toString(36).slice(2) + Date.now().toString(36);
  }

  function userId() {
    try {
      var stored = window.localStorage.getItem('clip-user-id');
      if (stored) return stored;
      var created = 'user-' + randomId();
      window.localStorage.setItem('clip-user-id', created);
      return created;
    } catch (e) {
      return 'user-' + randomId();
    }
  }

  // The smallest observable Web Chat needs: subscribe(observer | next) → { unsubscribe }.
  function Subject(initial) {
    var observers = [];
    var hasValue = arguments.length > 0;
    var value = initial;
    return {
      next: function (v) {
        hasValue = true;
        value = v;
        observers.slice().forEach(function (o) { o.next && o.next(v); });
      },
      subscribe: function (observerOrNext, error, complete) {
        var observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
        observers.push(observer);
        if (hasValue && observer.next) observer.next(value);
        return { closed: false, unsubscribe: function () { observers = observers.filter(function (o) { return o !== observer; }); this.closed = true; } };
      }
    };
  }

  function once(producer) {
    return {
      subscribe: function (observerOrNext, error, complete) {
        var observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
        var closed = false;
        producer().then(function (v) {
          if (closed) return;
          observer.next && observer.next(v);
          observer.complete && observer.complete();
        }, function (e) {
          if (!closed && observer.error) observer.error(e);
        });
        return { closed: false, unsubscribe: function () { closed = true; this.closed = true; } };
      }
    };
  }

  var user = { id: userId(), name: '', role: 'user' };
  var conversation = { id: 'webchat-' + randomId() };
  var language = config.language;

  function LocalDirectLine() {
    var self = this;
    this.connectionStatus$ = Subject(0);
    this.activity$ = Subject();
    this.activity$ = (function (subject) {
      var started = false;
      return {
        subscribe: function (o, e, c) {
          var subscription = subject.subscribe(o, e, c);
          if (!started) {
            started = true;
            self.connectionStatus$.next(1);
            self.connectionStatus$.next(2);
            self.send({ type: 'conversationUpdate', membersAdded: [user] }, false);
          }
          return subscription;
        }
      };
    })(this.incoming = Subject());
  }

  LocalDirectLine.prototype.send = function (activity, echo) {
    var self = this;
    var id = randomId();
    var outgoing = Object.assign({}, activity, {
      id: id,
      from: user,
      conversation: conversation,
      channelId: 'webchat',
      locale: language,
      timestamp: new Date().toISOString()
    });
    if (echo) self.incoming.next(outgoing);
    var post = function (retriesLeft) {
      return window.fetch(config.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(outgoing)
      }).then(function (response) {
        // Too many messages at once: wait as long as the server asks (at most 10 s), then try once more.
        if (response.status === 429 && retriesLeft > 0) {
          var seconds = Math.min(10, Math.max(1, Number(response.headers.get('retry-after')) || 1));
          return new Promise(function (resolve) { window.setTimeout(resolve, seconds * 1000); }).then(function () { return post(retriesLeft - 1); });
        }
        if (!response.ok) throw new Error('chat endpoint answered ' + response.status);
        return response.json();
      });
    };
    return post(1).then(function (body) {
      (body.activities || []).forEach(function (reply) {
        self.incoming.next(Object.assign({}, reply, {
          from: Object.assign({ role: 'bot' }, reply.from),
          conversation: conversation,
          timestamp: reply.timestamp || new Date().toISOString()
        }));
      });
      return id;
    });
  };

  LocalDirectLine.prototype.postActivity = function (activity) {
    var self = this;
    return once(function () { return self.send(activity, true); });
  };

  LocalDirectLine.prototype.end = function () {
    this.connectionStatus$.next(5);
  };

  var directLine = new LocalDirectLine();
  var store = window.WebChat.createStore();
  var webChatLocales = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', nl: 'nl-NL', it: 'it-IT', es: 'es-ES', ca: 'ca-ES', sv: 'sv-SE', da: 'da-DK', fi: 'fi-FI', hu: 'hu-HU', hr: 'hr-HR' };

  function render() {
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      userID: user.id,
      locale: webChatLocales[language] || 'en-US',
      styleOptions: { bubbleMaxWidth: 720, hideUploadButton: true, sendBoxTextWrap: true }
    }, chat);
  }

  function showTexts() {
    var texts = config.texts[language] || config.texts.en;
    document.documentElement.lang = language;
    document.title = texts.title;
    document.getElementById('page-title').textContent = texts.title;
    document.getElementById('page-intro').textContent = texts.intro;
    document.getElementById('page-footer').textContent = texts.footer;
    document.getElementById('language-label').textContent = texts.languageLabel;
    chat.setAttribute('aria-label', texts.chatLabel);
  }

  select.addEventListener('change', function () {
    language = select.value;
    showTexts();
    render();
    directLine.send({ type: 'message', value: { clipAction: 'setLanguage', language: language } }, false);
  });

  try {
    render();
  } catch (e) {
    chat.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'error';
    p.textContent = (config.texts[language] || config.texts.en).loadFailed;
    chat.appendChild(p);
  }
})();
