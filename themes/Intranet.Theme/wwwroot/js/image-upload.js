/*
 * Image upload for Markdown editors. Enhances every <textarea data-image-upload> inside a form that carries an
 * antiforgery token (hidden __RequestVerificationToken input, which the form tag helper adds):
 * a drop zone and a file button, a required alt text field, a <progress> bar, then POST /api/media
 * (token in the X-CSRF-TOKEN header) and ![alt](/media/{id}/medium) inserted at the cursor.
 * No inline script or style is created, so the strict CSP holds.
 */
(function () {
  'use strict';

  var nynorsk = (document.documentElement.lang || '').indexOf('nn') === 0;
  var text = {
    drop: nynorsk ? 'Slepp eit bilete her, eller vel eitt:' : 'Slipp et bilde her, eller velg ett:',
    choose: nynorsk ? 'Vel bilete' : 'Velg bilde',
    alt: nynorsk ? 'Alternativ tekst (må fyllast ut)' : 'Alternativ tekst (må fylles ut)',
    altHint: nynorsk ? 'Fortel kva biletet viser, for dei som ikkje ser det.' : 'Fortell hva bildet viser, for dem som ikke ser det.',
    altMissing: nynorsk ? 'Skriv ein alternativ tekst før du lastar opp.' : 'Skriv en alternativ tekst før du laster opp.',
    upload: nynorsk ? 'Last opp og set inn' : 'Last opp og sett inn',
    cancel: nynorsk ? 'Avbryt' : 'Avbryt',
    progress: nynorsk ? 'Opplasting' : 'Opplasting',
    uploading: nynorsk ? 'Lastar opp …' : 'Laster opp …',
    done: nynorsk ? 'Biletet er sett inn i teksten.' : 'Bildet er satt inn i teksten.',
    failed: nynorsk ? 'Opplastinga feila.' : 'Opplastingen feilet.',
    selected: nynorsk ? 'Valt bilete: ' : 'Valgt bilde: '
  };
  var counter = 0;

  function el(tag, attrs, content) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (content) node.textContent = content;
    return node;
  }

  function tokenOf(form) {
    var input = form && form.querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : '';
  }

  function markdownFor(alt, id) {
    var safeAlt = alt.replace(/[\r\n]+/g, ' ').replace(/([\[\]\\])/g, '\\$1');
    return '![' + safeAlt + '](/media/' + id + '/medium)';
  }

  function insertAtCursor(textarea, snippet) {
    var start = textarea.selectionStart || 0;
    var end = textarea.selectionEnd || start;
    var before = textarea.value.slice(0, start);
    var padded = (before && !/\n$/.test(before) ? '\n\n' : '') + snippet + '\n';
    textarea.setRangeText(padded, start, end, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function enhance(textarea) {
    if (textarea.dataset.imageUploadReady) return;
    textarea.dataset.imageUploadReady = 'true';
    var n = ++counter;
    var ui = buildUi(n);
    textarea.insertAdjacentElement('afterend', ui.root);
    var file = null;

    function choose(f) {
      if (!f) return;
      file = f;
      ui.chosen.textContent = text.selected + f.name;
      ui.altBox.hidden = false;
      ui.altInput.focus();
    }
    function reset() {
      file = null;
      ui.fileInput.value = '';
      ui.altInput.value = '';
      ui.altBox.hidden = true;
      ui.chosen.textContent = '';
      setAltError(ui, '');
    }

    ui.fileInput.addEventListener('change', function () { choose(ui.fileInput.files[0]); });
    ui.drop.addEventListener('dragover', function (e) { e.preventDefault(); ui.drop.classList.add('is-dragging'); });
    ui.drop.addEventListener('dragleave', function () { ui.drop.classList.remove('is-dragging'); });
    ui.drop.addEventListener('drop', function (e) {
      e.preventDefault();
      ui.drop.classList.remove('is-dragging');
      choose(e.dataTransfer.files[0]);
    });
    ui.cancel.addEventListener('click', reset);
    ui.altInput.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); ui.uploadButton.click(); }
    });
    ui.uploadButton.addEventListener('click', function () {
      var alt = ui.altInput.value.trim();
      if (!alt) { setAltError(ui, text.altMissing); ui.altInput.focus(); return; }
      setAltError(ui, '');
      send(textarea, ui, file, alt, reset);
    });
  }

  function setAltError(ui, message) {
    ui.altError.textContent = message;
    ui.altError.hidden = !message;
    if (message) ui.altInput.setAttribute('aria-invalid', 'true'); else ui.altInput.removeAttribute('aria-invalid');
  }

  function send(textarea, ui, file, alt, reset) {
    var data = new FormData();
    data.append('file', file);
    data.append('alt', alt);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/media');
    xhr.setRequestHeader('X-CSRF-TOKEN', tokenOf(textarea.form));
    xhr.setRequestHeader('Accept', 'application/json');
    ui.progress.hidden = false;
    ui.progress.value = 0;
    ui.status.textContent = text.uploading;
    ui.uploadButton.disabled = true;
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) ui.progress.value = Math.round((e.loaded / e.total) * 100);
    });
    xhr.addEventListener('load', function () {
      ui.uploadButton.disabled = false;
      ui.progress.hidden = true;
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
      if (xhr.status === 201 && body) {
        insertAtCursor(textarea, markdownFor(body.alt || alt, body.id));
        ui.status.textContent = text.done;
        reset();
        textarea.focus();
      } else {
        ui.status.textContent = text.failed + ' ' + ((body && (body.detail || body.title)) || '');
      }
    });
    xhr.addEventListener('error', function () {
      ui.uploadButton.disabled = false;
      ui.progress.hidden = true;
      ui.status.textContent = text.failed;
    });
    xhr.send(data);
  }

  function buildUi(n) {
    var root = el('div', { 'class': 'image-upload' });
    var drop = el('div', { 'class': 'image-upload__drop' });
    var fileId = 'image-upload-file-' + n, altId = 'image-upload-alt-' + n;
    drop.appendChild(el('p', { 'class': 'image-upload__hint' }, text.drop));
    drop.appendChild(el('label', { 'for': fileId }, text.choose));
    var fileInput = el('input', { type: 'file', id: fileId, accept: 'image/jpeg,image/png,image/gif,image/webp' });
    drop.appendChild(fileInput);
    var chosen = el('p', { 'class': 'meta' });
    var altBox = el('div', { 'class': 'image-upload__alt' });
    altBox.hidden = true;
    altBox.appendChild(el('label', { 'for': altId }, text.alt));
    altBox.appendChild(el('p', { id: altId + '-hint', 'class': 'meta' }, text.altHint));
    var altInput = el('input', { type: 'text', id: altId, maxlength: '500', 'aria-describedby': altId + '-hint ' + altId + '-error' });
    altBox.appendChild(altInput);
    var altError = el('p', { id: altId + '-error', 'class': 'field-error' });
    altError.hidden = true;
    altBox.appendChild(altError);
    var uploadButton = el('button', { type: 'button', 'class': 'button' }, text.upload);
    var cancel = el('button', { type: 'button', 'class': 'button button--secondary' }, text.cancel);
    altBox.appendChild(uploadButton);
    altBox.appendChild(cancel);
    var progress = el('progress', { max: '100', value: '0', 'aria-label': text.progress });
    progress.hidden = true;
    var status = el('p', { 'class': 'image-upload__status', role: 'status', 'aria-live': 'polite' });
    [drop, chosen, altBox, progress, status].forEach(function (node) { root.appendChild(node); });
    return { root: root, drop: drop, fileInput: fileInput, chosen: chosen, altBox: altBox, altInput: altInput,
      altError: altError, uploadButton: uploadButton, cancel: cancel, progress: progress, status: status };
  }

  function enhanceAll() {
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-image-upload]'), enhance);
  }

  window.IntranetImageUpload = { enhance: enhance, enhanceAll: enhanceAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhanceAll);
  else enhanceAll();
})();
