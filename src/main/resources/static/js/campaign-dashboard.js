// Draws "days from directive to relay meeting" per organisation on the directive dashboard.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("relay-chart");
  if (!element || typeof echarts === "undefined") {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  if (data.names.length === 0) {
    element.style.display = "none";
    return;
  }
  var chart = echarts.init(element);
  chart.setOption({
    title: { text: "传达学习会议：部署后天数（空白为尚未召开）", textStyle: { fontSize: 13 } },
    grid: { left: 40, right: 20, top: 40, bottom: 60 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: data.names, axisLabel: { interval: 0, rotate: data.names.length > 8 ? 30 : 0 } },
    yAxis: { type: "value", name: "天", minInterval: 1 },
    series: [{
      type: "bar",
      data: data.days.map(function (d) {
        return d === null ? null : { value: d, itemStyle: { color: d > data.dueDays ? "#e0a800" : "#198754" } };
      }),
      markLine: { symbol: "none", data: [{ yAxis: data.dueDays, name: "时限" }], lineStyle: { color: "#b3202a" } }
    }]
  });
  window.addEventListener("resize", function () { chart.resize(); });
});
