// The station finder: "use my location" asks the browser for the position and searches from there.
document.addEventListener("DOMContentLoaded", () => {
    const button = document.getElementById("use-location");
    if (!button) {
        return;
    }
    const problem = document.getElementById("location-problem");
    const showProblem = () => {
        problem.textContent = button.dataset.unavailable;
        problem.classList.remove("d-none");
    };
    button.addEventListener("click", () => {
        if (!navigator.geolocation) {
            showProblem();
            return;
        }
        navigator.geolocation.getCurrentPosition(
            (position) => {
                document.getElementById("lat").value = position.coords.latitude.toFixed(6);
                document.getElementById("lng").value = position.coords.longitude.toFixed(6);
                button.form.querySelector("[name=area]").value = "";
                button.form.submit();
            },
            showProblem,
            { enableHighAccuracy: false, timeout: 10000, maximumAge: 60000 });
    });
});
