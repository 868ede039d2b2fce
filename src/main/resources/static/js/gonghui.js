// Pickers: typing a new search takes back the union chosen before, so that nothing is saved under a union the cadre
// did not pick; the form then refuses to save until one of the results is chosen.
document.addEventListener("input", (event) => {
    const field = event.target.dataset && event.target.dataset.pickerField;
    if (!field || !event.target.form) {
        return;
    }
    for (const choice of event.target.form.querySelectorAll('input[type=radio][name="' + field + '"]')) {
        choice.checked = false;
    }
});
