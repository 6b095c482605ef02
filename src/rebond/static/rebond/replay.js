// The interview replay's live length check (C2.7): while a rewritten answer is typed, the line
// under it gives its spoken duration against its window (~20 s or 60–90 s) and says when it has
// no figure. Same rule as the server (rebond.method.spoken): words at the playbook's rate, a
// digit or a written-out number. The server's check beside the form stays the reference.

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? values[key] : match));
}

function setup(root) {
  const wpm = Number(root.dataset.wpm) || 150;
  const numbers = new Set((root.dataset.numberWords || "").split(" ").filter(Boolean));
  const format = new Intl.NumberFormat(document.documentElement.lang || undefined, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

  const check = (line) => {
    const area = document.getElementById(line.dataset.lengthFor);
    const text = area.value;
    if (!text.trim()) {
      line.hidden = true;
      line.textContent = "";
      return;
    }
    const words = text.match(WORD) || [];
    const seconds = Math.round((words.length * 600) / wpm) / 10;
    const kind = line.dataset.kind;
    const low = Number(root.dataset[`${kind}Low`]);
    const high = Number(root.dataset[`${kind}High`]);
    const figure = /\d/.test(text) || words.some((w) => numbers.has(w.toLowerCase()));
    const parts = [fill(root.dataset.textLength, { s: format.format(seconds), low, high })];
    if (seconds < low) parts.push(root.dataset.textShort);
    else if (seconds > high) parts.push(root.dataset.textLong);
    if (!figure) parts.push(root.dataset.textFigure);
    const fits = seconds >= low && seconds <= high && figure;
    line.className = `check live ${fits ? "ok" : "warn"}`;
    line.dataset.state = fits ? "ok" : seconds < low ? "short" : seconds > high ? "long" : "figure";
    line.textContent = parts.join(" ");
    line.hidden = false;
  };

  root.querySelectorAll("[data-length-for]").forEach((line) => {
    const area = document.getElementById(line.dataset.lengthFor);
    if (!area) return;
    area.setAttribute("aria-describedby", line.id);
    area.addEventListener("input", () => check(line));
    check(line);
  });
}

document.querySelectorAll("[data-replay-check]").forEach(setup);
