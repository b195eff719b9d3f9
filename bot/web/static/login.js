// The dashboard sign-in page: says so when the last attempt failed.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const failed = new URLSearchParams(location.search).has("failed");
  const show = () => {
    const box = document.getElementById("login-error");
    box.hidden = !failed;
    box.textContent = failed ? I18N.t("login_failed") : "";
  };
  I18N.onChange(show);
  show();
});
