// The breathing pacer of the 10-minute reset (C2.3): in for `data-inhale` seconds, out for
// `data-exhale` seconds, while the shared step timer (timer.js) is on its first step. It reads
// the timer's own clock, so pausing, the timer's speed (browser tests) and a reset all carry
// over. With prefers-reduced-motion the circle stays still and only the words change.
//
// Its words follow the timer's state (`data-phase`): "idle" before the start (or after a
// reset), "in" / "out" while breathing, "paused", "after" once the breathing minutes are over
// and the timer runs on, "done" when the ten minutes are over.

const TICK_MS = 100;
const TEXTS = { idle: "textIdle", paused: "textPaused", after: "textAfter", done: "textDone" };

function setup(pacer) {
  const timerRoot = pacer.closest(".reset-timer")?.querySelector("[data-timer]");
  if (!timerRoot) return;
  const inhale = Number(pacer.dataset.inhale) || 4;
  const exhale = Number(pacer.dataset.exhale) || 6;
  const circle = pacer.querySelector(".pacer-circle");
  const label = pacer.querySelector("[data-pacer-label]");
  const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  pacer.dataset.reduced = String(reduced);

  const show = (phase) => {
    if (pacer.dataset.phase === phase) return;
    pacer.dataset.phase = phase;
    const key = TEXTS[phase] || (phase === "in" ? "textIn" : "textOut");
    label.textContent = pacer.dataset[key] || "";
  };

  const tick = () => {
    const timer = timerRoot.stepTimer;
    const state = timerRoot.dataset.state || "idle";
    if (!timer || state === "idle") {
      circle.style.transform = "";
      return show("idle");
    }
    if (state === "done" || timer.finished) {
      circle.style.transform = "";
      return show("done");
    }
    if (state === "paused") return show("paused"); // the circle stays where it was
    if (timer.index > 0) {
      circle.style.transform = "";
      return show("after");
    }
    // Seconds spent in the breathing step, on the timer's (possibly sped-up) clock.
    const spent = timer.steps[0].seconds - timer.left;
    const t = spent % (inhale + exhale);
    const phase = t < inhale ? "in" : "out";
    const progress = phase === "in" ? t / inhale : 1 - (t - inhale) / exhale;
    show(phase);
    if (!reduced) circle.style.transform = `scale(${(0.6 + 0.4 * progress).toFixed(3)})`;
  };
  window.setInterval(tick, TICK_MS);
  tick();
}

document.querySelectorAll("[data-pacer]").forEach(setup);
