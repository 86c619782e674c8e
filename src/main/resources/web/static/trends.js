// The trends page's line chart: reads the counts the page carries in the chart element's
// data-trends attribute (the API's JSON) and draws one line per series with uPlot, occurrences
// per million words against time. No inline script: the site's CSP allows scripts from /static/
// only. The table beside the chart holds the same numbers for screen readers and copying.
(function () {
  'use strict';
  var COLOURS = ['#1f5fa8', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#16a085', '#7f8c8d',
    '#b7950b'];

  function time(period) {
    var parts = period.split('-');
    var month = parts.length > 1 ? parseInt(parts[1], 10) - 1 : 0;
    return Date.UTC(parseInt(parts[0], 10), month, 1) / 1000;
  }

  function draw(element) {
    var trends = JSON.parse(element.getAttribute('data-trends'));
    var data = [trends.periods.map(time)];
    var series = [{ label: trends.by }];
    trends.series.forEach(function (s, i) {
      data.push(s.perMillion);
      series.push({
        label: s.split ? s.query + ' · ' + s.split : s.query,
        stroke: COLOURS[i % COLOURS.length],
        width: 2,
        points: { show: trends.periods.length < 40 }
      });
    });
    var width = Math.max(320, element.clientWidth || 640);
    return new uPlot({
      width: width,
      height: 320,
      series: series,
      axes: [{}, { label: 'per million words', size: 60 }],
      scales: { x: { time: true } }
    }, data, element);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('trend-chart');
    if (element && typeof uPlot !== 'undefined') {
      element.verbatimChart = draw(element);
      element.setAttribute('data-drawn', 'true');
    }
  });
})();
