// The breathing pacer of the 10-minute reset (C2.3): in for `data-inhale` seconds, out for
// `data-exhale` seconds, while the shared step timer (timer.js) is on its first step. It reads
// the timer's own clock, so pausing, the timer's speed (browser tests) and a reset all carry
// over. With prefers-reduced-motion the circle stays still and only the words change.

const TICK_MS = 100;

function setup(pacer) {
  const timerRoot = pacer.closest(".reset-timer")?.querySelector("[data-timer]");
  if (!timerRoot) return;
  const inhale = Number(pacer.dataset.inhale) || 4;
  const exhale = Number(pacer.dataset.exhale) || 6;
  const circle = pacer.querySelector(".pacer-circle");
  const label = pacer.querySelector("[data-pacer-label]");
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  pacer.dataset.reduced = String(reduced);
  label.textContent = pacer.dataset.textIdle || label.textContent;

  const tick = () => {
    const timer = timerRoot.stepTimer;
    const breathing = timer && timer.index === 0 && !timer.finished && timerRoot.dataset.state !== "idle";
    if (!breathing) {
      pacer.dataset.phase = "idle";
      circle.style.transform = "";
      label.textContent = pacer.dataset.textIdle || "";
      return;
    }
    // Seconds spent in the breathing step, on the timer's (possibly sped-up) clock.
    const spent = timer.steps[0].seconds - timer.left;
    const t = spent % (inhale + exhale);
    const phase = t < inhale ? "in" : "out";
    const progress = phase === "in" ? t / inhale : 1 - (t - inhale) / exhale;
    if (pacer.dataset.phase !== phase) {
      pacer.dataset.phase = phase;
      label.textContent = phase === "in" ? pacer.dataset.textIn : pacer.dataset.textOut;
    }
    if (!reduced) circle.style.transform = `scale(${(0.6 + 0.4 * progress).toFixed(3)})`;
  };
  window.setInterval(tick, TICK_MS);
  tick();
}

document.querySelectorAll("[data-pacer]").forEach(setup);
