// Forms marked data-confirm ask first in a dialog; confirming adds confirmed=1 and sends the
// form. Without JavaScript the server shows a confirmation page instead (trash/faces.py).
(function () {
  "use strict";
  function ask(form) {
    var dialog = document.createElement("dialog");
    dialog.className = "confirm";
    dialog.setAttribute("aria-labelledby", "confirm-question");
    var question = document.createElement("p");
    question.id = "confirm-question";
    question.className = "question";
    question.textContent = form.dataset.confirm;
    dialog.appendChild(question);
    if (form.dataset.confirmDetail) {
      var detail = document.createElement("p");
      detail.className = "what";
      detail.textContent = form.dataset.confirmDetail;
      dialog.appendChild(detail);
    }
    var actions = document.createElement("div");
    actions.className = "actions";
    var yes = document.createElement("button");
    yes.type = "button";
    yes.className = "danger";
    yes.textContent = form.dataset.confirmYes || "OK";
    var no = document.createElement("button");
    no.type = "button";
    no.className = "secondary";
    no.textContent = form.dataset.confirmNo || "Cancel";
    actions.appendChild(yes);
    actions.appendChild(no);
    dialog.appendChild(actions);
    document.body.appendChild(dialog);
    dialog.addEventListener("close", function () { dialog.remove(); });
    no.addEventListener("click", function () { dialog.close(); });
    yes.addEventListener("click", function () {
      var flag = document.createElement("input");
      flag.type = "hidden";
      flag.name = "confirmed";
      flag.value = "1";
      form.appendChild(flag);
      form.dataset.confirmedOnce = "1";
      dialog.close();
      form.submit();
    });
    dialog.showModal();
    no.focus();
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.confirm) return;
    if (form.dataset.confirmedOnce) return;
    event.preventDefault();
    ask(form);
  });
})();
