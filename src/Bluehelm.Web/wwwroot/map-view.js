// Bluehelm's zoomable map, loaded by map.js only when someone asks for it: loads Leaflet and
// Leaflet.markercluster (vendored, same origin), draws the page's points (from its JSON block, no second
// query) over the country outlines served by Bluehelm, alerts above sites, clusters with their count.
(() => {
  'use strict';
  const KEY = 'bluehelm.map';
  const state = new WeakMap();

  const remembered = () => { try { return localStorage.getItem(KEY) === 'zoom'; } catch { return false; } };
  const remember = (on) => { try { if (on) { localStorage.setItem(KEY, 'zoom'); } else { localStorage.removeItem(KEY); } } catch { /* private mode */ } };

  // Each asset is looked for in the page again rather than remembered.
  function css(url) {
    const href = new URL(url, document.baseURI).href;
    if ([...document.querySelectorAll('link[rel=stylesheet]')].some((l) => l.href === href)) { return Promise.resolve(); }
    return new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = resolve;
      link.onerror = () => reject(new Error('could not load ' + url));
      document.head.appendChild(link);
    });
  }

  function js(url, present) {
    if (present()) { return Promise.resolve(); }
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = resolve;
      script.onerror = () => reject(new Error('could not load ' + url));
      document.head.appendChild(script);
    });
  }

  const SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1 };

  // The same symbols as the drawn map and its legend (styled by app.css): triangles for alerts, circles for sites.
  function symbol(kind, sev, count) {
    let classes = 'sym ' + (kind === 'a' ? 'sym-alert' : 'sym-site');
    if (kind === 'f') { classes += ' former'; }
    if (sev && SEVERITY_RANK[sev]) { classes += ' sev-' + sev; }
    if (count) { classes += ' cluster'; }
    const shape = kind === 'a'
      ? '<polygon points="12,1 23,21 1,21"/>'
      : '<circle cx="12" cy="12" r="' + (count ? 11 : kind === 'f' ? 8 : 10) + '"/>';
    const text = count ? '<text class="count" x="12" y="' + (kind === 'a' ? 18 : 16) + '">' + count + '</text>' : '';
    const size = kind === 'a' ? (count ? 34 : 20) : (count ? 28 : kind === 'f' ? 10 : 12);
    return L.divIcon({
      className: 'lf-sym',
      html: '<svg viewBox="0 0 24 24" aria-hidden="true"><g class="' + classes + '">' + shape + text + '</g></svg>',
      iconSize: [size, size],
    });
  }

  function group(pane, kind) {
    return L.markerClusterGroup({
      clusterPane: pane,
      maxClusterRadius: 28,
      showCoverageOnHover: false,
      iconCreateFunction: (cluster) => {
        let worst = null;
        for (const m of cluster.getAllChildMarkers()) {
          if (m.options.sev && (!worst || SEVERITY_RANK[m.options.sev] > SEVERITY_RANK[worst])) { worst = m.options.sev; }
        }
        return symbol(kind, worst, cluster.getChildCount());
      },
    });
  }

  function marker(point, pane) {
    const [lat, lon, kind, sev, label, href] = point;
    const m = L.marker([lat, lon], { icon: symbol(kind, sev, 0), pane, alt: label, sev, riseOnHover: true });
    m.bindTooltip(label, { direction: 'top', offset: [0, -8] });
    if (href) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = label;
      m.bindPopup(a);
    }
    return m;
  }

  async function open(figure, data) {
    const s = { button: figure.querySelector('button.map-zoom'), svg: figure.querySelector('.map-svg'), map: null, box: null };
    s.label = s.button.textContent;
    state.set(figure, s);
    s.button.disabled = true;
    try {
      const [leafletCss, clusterCss, leafletJs, clusterJs] = data.lib;
      await Promise.all([css(leafletCss), css(clusterCss), js(leafletJs, () => window.L)]);
      await js(clusterJs, () => window.L && L.markerClusterGroup);
      const outlines = data.outlines ? await (await fetch(data.outlines)).json() : null;
      if (!figure.isConnected) { return; }
      const box = document.createElement('div');
      box.className = 'map-leaflet';
      s.svg.hidden = true;
      s.svg.after(box);
      const map = L.map(box, { zoomSnap: 0.5, maxZoom: data.tiles ? data.tiles.maxZoom : 13 });
      map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
      if (data.tiles) {
        const attribution = document.createElement('span');
        attribution.textContent = data.tiles.attribution || '';
        L.tileLayer(data.tiles.url, { maxZoom: data.tiles.maxZoom, attribution: attribution.innerHTML }).addTo(map);
      }
      if (outlines) {
        L.geoJSON(outlines, {
          interactive: false,
          style: (f) => ({
            color: f.properties.host ? '#8c7a3c' : '#b9b3a5',
            weight: f.properties.host ? 1.5 : 0.8,
            fillColor: f.properties.host ? '#fdf6d8' : '#f1efe8',
            fillOpacity: data.tiles ? 0 : 1,
          }),
        }).addTo(map);
        map.attributionControl.addAttribution('Natural Earth');
      }
      // Alerts above sites, whatever the zoom: each kind in its own pane, clusters included.
      map.createPane('sites').style.zIndex = 610;
      map.createPane('alerts').style.zIndex = 620;
      const sites = group('sites', 's');
      const alerts = group('alerts', 'a');
      for (const p of data.points) {
        (p[2] === 'a' ? alerts : sites).addLayer(marker(p, p[2] === 'a' ? 'alerts' : 'sites'));
      }
      map.addLayer(sites);
      map.addLayer(alerts);
      L.control.scale({ imperial: false }).addTo(map);
      const [south, west, north, east] = data.bounds;
      map.fitBounds([[south, west], [north, east]]);
      s.map = map;
      s.box = box;
      figure.classList.add('zoomed');
      s.button.textContent = s.button.dataset.close;
      remember(true);
    } catch (e) {
      s.svg.hidden = false;
      console.warn('Bluehelm map: the drawn map stays', e);
    } finally {
      s.button.disabled = false;
    }
  }

  function close(figure) {
    const s = state.get(figure);
    s.map.remove();
    s.box.remove();
    s.map = null;
    s.svg.hidden = false;
    figure.classList.remove('zoomed');
    s.button.textContent = s.label;
    remember(false);
  }

  window.BluehelmMapView = {
    toggle(figure, data) {
      const s = state.get(figure);
      if (s && s.map && s.box.isConnected) { close(figure); } else { open(figure, data); }
    },
    isOpen(figure) {
      const s = state.get(figure);
      return Boolean(s && s.map && s.box.isConnected);
    },
  };
})();
