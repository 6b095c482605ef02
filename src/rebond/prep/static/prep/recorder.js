// Record a practice answer with the browser's MediaRecorder and store it with the session.
// The upload form beside it does the same without JavaScript.

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  if (match) return decodeURIComponent(match[1]);
  const field = document.querySelector('input[name="csrfmiddlewaretoken"]');
  return field ? field.value : "";
}

function setUp(root) {
  if (!window.MediaRecorder || !navigator.mediaDevices) return;
  root.hidden = false;
  const status = root.querySelector("[data-recorder-status]");
  const record = root.querySelector('[data-action="record"]');
  const stop = root.querySelector('[data-action="stop"]');
  let recorder = null;
  let chunks = [];

  record.addEventListener("click", async () => {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      status.textContent = root.dataset.textDenied;
      return;
    }
    chunks = [];
    recorder = new MediaRecorder(stream);
    recorder.addEventListener("dataavailable", (event) => chunks.push(event.data));
    recorder.addEventListener("stop", async () => {
      stream.getTracks().forEach((track) => track.stop());
      const type = recorder.mimeType || "audio/webm";
      const extension = type.includes("ogg") ? "ogg" : type.includes("mp4") ? "m4a" : "webm";
      const body = new FormData();
      body.append("recording", new Blob(chunks, { type }), `recording.${extension}`);
      const response = await fetch(root.dataset.upload, {
        method: "POST",
        body,
        headers: { "X-CSRFToken": csrfToken() },
      });
      if (response.ok) {
        status.textContent = root.dataset.textSaved;
        window.location.reload();
      }
    });
    recorder.start();
    status.textContent = root.dataset.textRecording;
    record.disabled = true;
    stop.disabled = false;
  });

  stop.addEventListener("click", () => {
    if (recorder && recorder.state !== "inactive") recorder.stop();
    record.disabled = false;
    stop.disabled = true;
  });
}

document.querySelectorAll("[data-recorder]").forEach(setUp);
