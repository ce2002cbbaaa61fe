// Competence Matrix: size the embedding iframe to its content (no scrollbar in the frame).
// The app posts {type: "competence-matrix:height", height: <CSS px>} whenever its height changes.
window.addEventListener('message', (event) => {
  const frame = document.getElementById('competence-matrix');
  if (!frame || event.source !== frame.contentWindow) return;       // only our frame
  if (event.origin !== new URL(frame.src, location.href).origin) return; // only the app's origin
  const data = event.data;
  if (!data || data.type !== 'competence-matrix:height' || !Number.isFinite(data.height)) return;
  frame.style.height = Math.ceil(data.height) + 'px';
});
