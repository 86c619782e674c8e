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

// A publication page lists its publications with similar content apart (a MoreLikeThis query
// costs milliseconds): bring that list in from its own page. Without this script, or when the
// list cannot be fetched, the link to that page stays, and says why when the fetch failed.
document.addEventListener("DOMContentLoaded", function () {
  var holder = document.querySelector("[data-similar]");
  if (!holder || !window.fetch || !window.DOMParser) {
    return;
  }
  fetch(holder.getAttribute("data-similar"), { headers: { "Accept": "text/html" } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.text();
    })
    .then(function (html) {
      var list = new DOMParser().parseFromString(html, "text/html")
        .querySelector(".similar-list");
      if (!list) {
        throw new Error("no list in the answer");
      }
      var nodes = Array.prototype.map.call(list.childNodes, function (node) {
        return document.importNode(node, true);
      });
      holder.replaceChildren.apply(holder, nodes);
      holder.setAttribute("data-state", "loaded");
    })
    .catch(function (error) {
      holder.setAttribute("data-state", "failed");
      var note = document.createElement("p");
      note.className = "note";
      note.textContent = "The list could not be brought in (" + error.message + "): follow the link.";
      holder.appendChild(note);
    });
});

// The language switcher keeps the reader's turn: a link to another version goes to
// /p/ID/version/LANG, which the server answers with the version's page at the aligned turn when
// given the turn read (?t=12). Without this script the link opens the version at its top.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("a[data-keeps-turn]");
  var turn = /^#t(\d+)$/.exec(location.hash);
  if (!link || !turn) {
    return;
  }
  var url = new URL(link.href, location.href);
  url.searchParams.set("t", turn[1]);
  link.href = url.toString();
});
