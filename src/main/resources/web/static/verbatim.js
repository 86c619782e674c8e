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

// A turn's number may change when a later version inserts or removes turns before it. A page
// whose turns were renumbered says so (p.renumbered, one per version that renumbered them);
// opened at a turn (#t12), it adds beside that turn, for each such version, a link to the turn
// the address meant if it was cited before then: /p/ID/t/12?v=N, which the server follows from
// version to version. Without this script the notes at the top of the page say the same.
document.addEventListener("DOMContentLoaded", function () {
  var turn = /^#t(\d+)$/.exec(location.hash);
  var notes = document.querySelectorAll("p.renumbered[data-turn-link]");
  var target = turn && document.getElementById("t" + turn[1]);
  if (!turn || !notes.length || !target) {
    return;
  }
  var next = target.children[1] || null; // after the turn's head, in the order of the notes
  notes.forEach(function (note) {
    var before = Number(note.getAttribute("data-version")) - 1;
    var p = document.createElement("p");
    p.className = "cited-before";
    p.appendChild(document.createTextNode("Cited before " + note.getAttribute("data-since")
      + "? This link then meant turn " + turn[1] + " of version " + before + ": "));
    var a = document.createElement("a");
    a.href = note.getAttribute("data-turn-link") + turn[1] + "?v=" + before;
    a.textContent = "follow that turn";
    p.appendChild(a);
    p.appendChild(document.createTextNode("."));
    target.insertBefore(p, next);
  });
});
