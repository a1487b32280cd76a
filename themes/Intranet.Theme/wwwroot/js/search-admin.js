// Search admin: polls the index status while a rebuild runs and updates the progress bar and numbers.
(function () {
    "use strict";
    var status = document.getElementById("search-status");
    var bar = document.getElementById("rebuild-progress");
    var text = document.getElementById("rebuild-progress-text");
    if (!status || !bar || !text) return;
    var url = status.getAttribute("data-status-url");

    function show(s) {
        bar.value = s.percent;
        ["documents", "latestChange", "cursor", "lag"].forEach(function (key) {
            var cell = status.querySelector('[data-field="' + key + '"]');
            if (cell) cell.textContent = String(s[key]);
        });
        var error = status.querySelector('[data-field="lastError"]');
        if (error && s.lastError) error.textContent = s.lastError;
        text.textContent = s.rebuilding ? s.rebuildDone + " / " + s.rebuildTotal : "100 %";
    }

    function poll() {
        fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (s) {
                if (!s) return;
                show(s);
                if (s.rebuilding) window.setTimeout(poll, 500);
            })
            .catch(function () { /* the page keeps the last numbers */ });
    }

    poll();
})();
