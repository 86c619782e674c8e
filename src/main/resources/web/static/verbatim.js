// Progressive enhancement only: every page works without this file.
// Adds a "Copy" button to each citation; the citation text stays readable in its <details>.
document.addEventListener("DOMContentLoaded", function () {
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll("details.cite").forEach(function (details) {
    var citation = details.querySelector(".citation");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy citation";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(citation.textContent).then(function () {
        button.textContent = "Copied";
      }, function () {
        button.textContent = "Copy failed: select the text";
      });
    });
    details.appendChild(button);
  });
});
