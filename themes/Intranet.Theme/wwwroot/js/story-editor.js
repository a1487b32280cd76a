// Story editor: live preview (server-rendered, sanitized HTML) and autosave of drafts every ~10 s and on blur.
(function () {
  "use strict";
  var form = document.getElementById("story-form");
  if (!form) return;
  var body = form.querySelector("textarea[name='Form.Body']");
  var preview = document.getElementById("story-preview");
  var status = document.getElementById("autosave-status");
  var idField = form.querySelector("input[name='Form.Id']");
  var dirty = false, saving = false, previewTimer = null, pending = null;
  var nn = document.documentElement.lang === "nn";

  function post(url) {
    var data = new FormData(form);
    data.delete("action");
    return fetch(url, { method: "POST", body: data, credentials: "same-origin" });
  }

  function refreshPreview() {
    if (!body || !preview) return;
    post(form.dataset.previewUrl).then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html !== null) preview.innerHTML = html; })
      .catch(function () { /* the preview is a convenience; the saved story is rendered on the server anyway */ });
  }

  function autosave() {
    if (!dirty || saving || form.dataset.autosave !== "true") return;
    saving = true;
    dirty = false;
    pending = post(form.dataset.autosaveUrl).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (result) {
        if (!result || !result.saved) return;
        if (idField && result.id) idField.value = result.id;
        if (status) status.textContent = (nn ? "Utkastet er lagra " : "Utkastet er lagret ") +
          new Date().toLocaleTimeString(nn ? "nn-NO" : "nb-NO", { hour: "2-digit", minute: "2-digit" });
      })
      .catch(function () { dirty = true; })
      .finally(function () { saving = false; });
  }

  form.addEventListener("input", function (e) {
    dirty = true;
    if (e.target === body) {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(refreshPreview, 500);
    }
  });
  form.addEventListener("change", function () { dirty = true; });
  form.addEventListener("focusout", autosave);
  // Let a running autosave finish before the real submit, so the two never race on the server.
  form.addEventListener("submit", function (e) {
    form.dataset.autosave = "false";
    if (saving && pending) {
      e.preventDefault();
      var submitter = e.submitter;
      pending.finally(function () { form.requestSubmit(submitter); });
    }
  });
  setInterval(autosave, 10000);
  if (body && body.value) refreshPreview();
})();
