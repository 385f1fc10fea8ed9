// Bluehelm maps. Every map is drawn by the server as SVG with a table beside it. Where scripts run, this
// offers "Zoom and pan"; the zoomable map (map-view.js, then Leaflet) loads only when asked, never with the
// page, and the choice is remembered so later visits, with the scripts cached, open it directly.
(() => {
  'use strict';
  const remembered = () => { try { return localStorage.getItem('bluehelm.map') === 'zoom'; } catch { return false; } };
  const bound = new WeakSet();
  let view = null;

  function load(url) {
    view = view || new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = () => resolve(window.BluehelmMapView);
      script.onerror = () => { view = null; reject(new Error('could not load ' + url)); };
      document.head.appendChild(script);
    });
    return view;
  }

  const dataOf = (figure) => JSON.parse(figure.querySelector('script.map-data').textContent);

  function go(figure) {
    const data = dataOf(figure);
    load(data.lib[4]).then((v) => v.toggle(figure, data), (e) => console.warn('Bluehelm map: the drawn map stays', e));
  }

  function setup(figure) {
    const button = figure.querySelector('button.map-zoom');
    if (!button || !figure.querySelector('script.map-data') || !figure.querySelector('.map-svg')) { return; }
    const data = dataOf(figure);
    // Nothing to zoom over without outlines or tiles: the drawn map is better.
    if (!data.outlines && !data.tiles) { return; }
    button.hidden = false;
    if (!bound.has(button)) {
      bound.add(button);
      button.addEventListener('click', () => go(figure));
    }
    if (remembered() && !(window.BluehelmMapView && window.BluehelmMapView.isOpen(figure))) { go(figure); }
  }

  const init = () => document.querySelectorAll('figure.map-figure').forEach(setup);
  init();
})();
