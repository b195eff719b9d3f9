// UI text in bokmål, nynorsk, Swedish, Danish and English; the language comes from the browser and can be switched.
// Every string is put into the page with textContent, never as HTML.
"use strict";
(function () {
  // Every language's strings come from the server's one message catalogue (/static/messages.js,
  // loaded first), each already complete by the catalogue's fallback rule: no copy, no rule here.
  const UI = window.GRANTBOT_UI;
  const T = UI.messages;
  const STORE = "grantbot.lang";
  const listeners = [];

  function fromBrowser() {
    for (const tag of navigator.languages || [navigator.language || "en"]) {
      const base = tag.toLowerCase().split("-")[0];
      if (base === "no") return "nb";
      if (T[base]) return base;
    }
    return "en";
  }

  function stored() {
    try { return localStorage.getItem(STORE); } catch (e) { return null; }
  }

  const I18N = {
    lang: T[stored()] ? stored() : fromBrowser(),
    t(key, vars) {
      let text = T[this.lang][key] || key;
      for (const [name, value] of Object.entries(vars || {})) text = text.split("{" + name + "}").join(String(value));
      return text;
    },
    has(key) { return key in T.en; },
    apply(root) {
      (root || document).querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = I18N.t(el.dataset.i18n); });
      (root || document).querySelectorAll("[data-i18n-aria-label]").forEach((el) => {
        el.setAttribute("aria-label", I18N.t(el.dataset.i18nAriaLabel));
      });
    },
    set(lang) {
      if (!T[lang]) return;
      this.lang = lang;
      try { localStorage.setItem(STORE, lang); } catch (e) { /* private mode: the choice lasts this page */ }
      document.documentElement.lang = lang;
      this.apply();
      listeners.forEach((fn) => fn(lang));
    },
    onChange(fn) { listeners.push(fn); },
    locale() { return { nb: "nb-NO", nn: "nn-NO", sv: "sv-SE", da: "da-DK", en: "en-GB" }[this.lang]; },
    limits: UI.limits,
    number(value) { return new Intl.NumberFormat(this.locale()).format(value); },
    money(amount) { return this.number(amount.value) + " " + amount.currency; },
  };
  window.I18N = I18N;

  // Small DOM helper shared by the page scripts: text only, so nothing from the server becomes markup.
  window.el = function (tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  };

  // Only web links become links: a document's "javascript:" URL must stay text.
  window.safeUrl = function (url) {
    try {
      const parsed = new URL(url, location.href);
      return ["http:", "https:"].includes(parsed.protocol) ? parsed.href : null;
    } catch (e) { return null; }
  };

  document.addEventListener("DOMContentLoaded", () => {
    document.documentElement.lang = I18N.lang;
    I18N.apply();
    const select = document.getElementById("lang");
    if (select) {
      select.value = I18N.lang;
      select.addEventListener("change", () => I18N.set(select.value));
    }
  });
})();
