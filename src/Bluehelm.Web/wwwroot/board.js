// The watch board, when scripts run: instead of reloading the whole page every minute (what the
// page does without scripts, by a <meta> refresh in <noscript>), ask the server for the board's
// version (a few bytes of JSON) and reload only when it changed. The board carries
// the version it was drawn at (data-v), the address to ask (data-poll) and the period (data-every).
(() => {
  if (window.bluehelmBoard) return;
  window.bluehelmBoard = true;
  let timer = 0;
  const start = () => {
    clearInterval(timer);
    const first = document.getElementById('board');
    if (!first) return;
    timer = setInterval(async () => {
      // Read the board each time: the page may have been left or redrawn.
      const board = document.getElementById('board');
      if (!board) { clearInterval(timer); return; }
      if (document.hidden) return;
      try {
        const r = await fetch(board.dataset.poll, { cache: 'no-store', credentials: 'same-origin' });
        if (r.status === 200 && (await r.json()).version !== board.dataset.v) location.reload();
      } catch { /* the link is down: try again next time */ }
    }, (Number(first.dataset.every) || 60) * 1000);
  };
  start();
})();
