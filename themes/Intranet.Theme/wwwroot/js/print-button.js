// Buttons marked data-print open the browser's print dialog (the access-code card prints on its own).
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
});
