// Leaderboard controls work as a plain GET form; this only saves the click on "Apply".
document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
  form.addEventListener("change", function () { form.submit(); });
  var button = form.querySelector("button[type=submit]");
  if (button) button.classList.add("visually-hidden");
});
