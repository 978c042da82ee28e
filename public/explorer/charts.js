// Time charts of one metric (Chart.js, served from node_modules): one per metric group in the
// panel, one per unit in the compare view. A point sits at the end of the period its value
// covers, with a whisker back to the period's start (a target "by 2022" set in 2020 spans
// 2020–2022); hovering or tapping it hands its facts to `onPoint`, so the caller can show the
// quote and its source.
(function () {
  'use strict';

  var COLOURS = ['#1565c0', '#d84315', '#2e7d32', '#6a1b9a', '#ef6c00', '#00838f', '#ad1457', '#5d4037'];
  var NUMBER = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });

  /** A day as a fractional year (2022-12-31 → 2022.997), so years are evenly spaced on the axis. */
  function yearOf(day) {
    var t = Date.parse(day);
    var year = new Date(t).getUTCFullYear();
    var start = Date.UTC(year, 0, 1);
    return year + (t + 86400000 - start) / (Date.UTC(year + 1, 0, 1) - start);
  }

  function periodText(period) {
    return period.label ? period.label + ' (' + period.start + ' – ' + period.end + ')' : period.start + ' – ' + period.end;
  }

  /** Draws each point's period as a faint bar from its start to its end, behind the points. */
  var periodWhiskers = {
    id: 'periodWhiskers',
    beforeDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var x = chart.scales.x;
      chart.data.datasets.forEach(function (dataset, i) {
        chart.getDatasetMeta(i).data.forEach(function (element, j) {
          var from = x.getPixelForValue(dataset.data[j].from);
          ctx.save();
          ctx.strokeStyle = dataset.borderColor;
          ctx.globalAlpha = 0.35;
          ctx.lineWidth = 4;
          ctx.beginPath();
          ctx.moveTo(Math.max(from, x.left), element.y);
          ctx.lineTo(element.x, element.y);
          ctx.stroke();
          ctx.restore();
        });
      });
    },
  };

  /**
   * A chart of lines ({ label, points: [{ period, value, valueText, facts }] }) on `canvas`;
   * `options.unit` labels the value axis, `options.onPoint(point, line)` gets the point hovered or tapped.
   */
  function timeChart(canvas, lines, options) {
    var datasets = lines.map(function (line, i) {
      var colour = COLOURS[i % COLOURS.length];
      return {
        label: line.label,
        borderColor: colour,
        backgroundColor: colour,
        pointRadius: 5,
        pointHoverRadius: 7,
        // A point at the very end of a year sits on the chart's edge: draw it whole.
        clip: false,
        borderWidth: 1.5,
        showLine: line.points.length > 1,
        data: line.points.map(function (p) {
          return { x: yearOf(p.period.end), y: p.value, from: yearOf(p.period.start) - 1 / 366, point: p, line: line };
        }),
      };
    });
    var xs = [].concat.apply(
      [],
      datasets.map(function (d) {
        return [].concat.apply(
          [],
          d.data.map(function (p) {
            return [p.from, p.x];
          }),
        );
      }),
    );
    // Whole years, from the earliest period start to the latest end.
    var min = Math.floor(Math.min.apply(null, xs));
    var max = Math.ceil(Math.max.apply(null, xs));

    function pointAt(elements) {
      if (!elements.length) return;
      var raw = datasets[elements[0].datasetIndex].data[elements[0].index];
      options.onPoint(raw.point, raw.line);
    }

    return new window.Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      plugins: [periodWhiskers],
      options: {
        animation: false,
        maintainAspectRatio: false,
        layout: { padding: { right: 8, top: 8 } },
        interaction: { mode: 'nearest', intersect: false },
        onHover: function (_event, elements) {
          pointAt(elements);
        },
        onClick: function (_event, elements) {
          pointAt(elements);
        },
        scales: {
          x: {
            type: 'linear',
            min: min,
            max: max,
            // A label in the middle of each year's band, the grid at the year boundaries.
            afterBuildTicks: function (axis) {
              var ticks = [];
              for (var year = min; year < max; year++) ticks.push({ value: year + 0.5 });
              axis.ticks = ticks;
            },
            ticks: {
              callback: function (value) {
                return String(Math.floor(value));
              },
            },
            grid: { offset: true },
          },
          y: {
            beginAtZero: true,
            title: { display: Boolean(options.unit), text: options.unit },
            ticks: {
              callback: function (value) {
                return NUMBER.format(value);
              },
            },
          },
        },
        plugins: {
          legend: { display: lines.length > 1, position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: {
            callbacks: {
              title: function (items) {
                return periodText(items[0].raw.point.period);
              },
              label: function (item) {
                var p = item.raw.point;
                return item.raw.line.label + ': ' + (p.valueText || NUMBER.format(p.value)) + (p.conflicting ? ' (sources differ)' : '');
              },
            },
          },
        },
      },
    });
  }

  window.ExplorerCharts = { timeChart: timeChart, periodText: periodText, formatNumber: NUMBER.format };
})();
