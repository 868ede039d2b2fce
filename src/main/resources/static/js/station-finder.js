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

// The map of the stations found: a marker each (green when open now), on the configured tiles or, without a tile
// server, on a plain background. Names go in as text, never as markup.
document.addEventListener("DOMContentLoaded", () => {
    const element = document.getElementById("station-map");
    if (!element || !window.L) {
        return;
    }
    const stations = [...document.querySelectorAll("[data-testid=nearby-station]")].map((item) => ({
        code: item.dataset.code,
        name: item.dataset.name,
        lat: Number(item.dataset.lat),
        lng: Number(item.dataset.lng),
        open: item.dataset.open === "true",
    }));
    const map = L.map(element, { attributionControl: Boolean(element.dataset.tiles) });
    if (element.dataset.tiles) {
        L.tileLayer(element.dataset.tiles, { attribution: element.dataset.attribution, maxZoom: 18 }).addTo(map);
    } else {
        const note = document.createElement("div");
        note.className = "station-map-note";
        note.textContent = element.dataset.noTiles;
        element.appendChild(note);
    }
    const markers = stations.map((station) => {
        const link = document.createElement("a");
        link.href = "/service-stations/" + encodeURIComponent(station.code);
        link.textContent = station.name;
        return L.circleMarker([station.lat, station.lng], {
            radius: 8,
            color: station.open ? "#198754" : "#6c757d",
            fillOpacity: 0.8,
        }).bindPopup(link).addTo(map);
    });
    map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 15 });
});
