// A countdown through timed steps, shared by pages that guide a short ritual.
// Markup: templates/components/timer.html. Each <li data-seconds> is a step; the list stays
// readable without JavaScript. `data-speed` on the root, or `?speed=` in the page address,
// runs the clock faster (browser tests). Each new step is announced in a polite live region.
// With prefers-reduced-motion, the progress bar jumps per step instead of moving smoothly.

const TICK_MS = 100;

function format(seconds) {
  const whole = Math.max(0, Math.ceil(seconds));
  const minutes = Math.floor(whole / 60);
  return `${String(minutes).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? values[key] : match));
}

export class StepTimer {
  constructor(root) {
    this.root = root;
    this.items = [...root.querySelectorAll("[data-seconds]")];
    this.steps = this.items.map((item) => ({
      seconds: Number(item.dataset.seconds),
      label: (item.querySelector("[data-step-label]") || item).textContent.trim(),
    }));
    const fromUrl = new URLSearchParams(window.location.search).get("speed");
    this.speed = Math.max(1, Number(fromUrl || root.dataset.speed || 1) || 1);
    this.reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    this.clock = root.querySelector("[data-timer-clock]");
    this.bar = root.querySelector("[data-timer-bar]");
    this.live = root.querySelector("[data-timer-live]");
    this.buttons = {
      start: root.querySelector('[data-action="start"]'),
      pause: root.querySelector('[data-action="pause"]'),
      reset: root.querySelector('[data-action="reset"]'),
    };
    this.buttons.start.addEventListener("click", () => this.start());
    this.buttons.pause.addEventListener("click", () => this.pause());
    this.buttons.reset.addEventListener("click", () => this.reset());
    root.querySelectorAll("[data-timer-ui]").forEach((node) => node.removeAttribute("hidden"));
    this.reset();
  }

  get total() {
    return this.steps.reduce((sum, step) => sum + step.seconds, 0);
  }

  reset() {
    this.stopTicking();
    this.index = 0;
    this.left = this.steps.length ? this.steps[0].seconds : 0;
    this.finished = false;
    this.items.forEach((item) => item.removeAttribute("aria-current"));
    this.live.textContent = "";
    this.root.dataset.state = "idle";
    this.render();
  }

  start() {
    if (this.running || !this.steps.length) return;
    if (this.finished) this.reset();
    this.running = true;
    this.root.dataset.state = "running";
    this.last = performance.now();
    this.announce();
    this.timer = window.setInterval(() => this.tick(), TICK_MS);
    this.render();
  }

  pause() {
    if (!this.running) return;
    this.tick();
    this.stopTicking();
    this.root.dataset.state = "paused";
    this.live.textContent = this.root.dataset.textPaused || "";
    this.render();
  }

  stopTicking() {
    window.clearInterval(this.timer);
    this.running = false;
  }

  tick() {
    const now = performance.now();
    let elapsed = ((now - this.last) / 1000) * this.speed;
    this.last = now;
    // At high speed several steps can end within one tick: walk through all of them.
    while (elapsed > 0 && !this.finished) {
      const used = Math.min(elapsed, this.left);
      this.left -= used;
      elapsed -= used;
      if (this.left <= 0) this.next();
    }
    this.render();
  }

  next() {
    if (this.index + 1 >= this.steps.length) {
      this.finished = true;
      this.stopTicking();
      this.root.dataset.state = "done";
      this.live.textContent = this.root.dataset.textDone || "";
      this.root.dispatchEvent(new CustomEvent("timer:done", { bubbles: true }));
      return;
    }
    this.index += 1;
    this.left = this.steps[this.index].seconds;
    this.announce();
  }

  announce() {
    const step = this.steps[this.index];
    this.live.textContent = fill(this.root.dataset.textStep || "{n}/{total} {label}", {
      n: this.index + 1,
      total: this.steps.length,
      label: step.label,
      time: format(step.seconds),
    });
  }

  render() {
    this.items.forEach((item, i) => {
      if (this.root.dataset.state !== "idle" && i === this.index && !this.finished) {
        item.setAttribute("aria-current", "step");
      } else {
        item.removeAttribute("aria-current");
      }
      item.classList.toggle("is-done", this.finished || i < this.index);
    });
    const before = this.steps.slice(0, this.index).reduce((sum, s) => sum + s.seconds, 0);
    const current = this.steps[this.index] ? this.steps[this.index].seconds : 0;
    const spent = this.finished ? this.total : before + (current - this.left);
    if (this.clock) this.clock.textContent = format(this.finished ? 0 : this.left);
    if (this.bar) {
      const shown = this.reduced && !this.finished ? before : spent;
      this.bar.style.width = `${this.total ? (100 * shown) / this.total : 0}%`;
    }
    this.buttons.start.disabled = this.running;
    this.buttons.pause.disabled = !this.running;
    this.buttons.start.textContent =
      this.root.dataset.state === "paused"
        ? this.root.dataset.textResume || this.buttons.start.textContent
        : this.root.dataset.textStart || this.buttons.start.textContent;
  }
}

export function initTimers(scope = document) {
  return [...scope.querySelectorAll("[data-timer]")]
    .filter((root) => !root.stepTimer)
    .map((root) => (root.stepTimer = new StepTimer(root)));
}

initTimers();
