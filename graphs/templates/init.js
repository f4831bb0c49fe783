(function () {
  "use strict";
  function tip(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div;
  }
  var holders = document.querySelectorAll("[data-kg-graph]");
  Array.prototype.forEach.call(holders, function (holder) {
    var data = JSON.parse(document.getElementById(holder.getAttribute("data-kg-graph")).textContent);
    var big = data.nodes.length > 300;
    var nodes = new vis.DataSet(data.nodes.map(function (n) {
      return {id: n.id, label: n.label, title: tip(n.tooltip), color: n.color, value: n.value, shape: "dot"};
    }));
    var edges = new vis.DataSet(data.edges.map(function (e) {
      return {id: e.id, from: e.from, to: e.to, label: big ? undefined : e.label, title: tip(e.tooltip),
              arrows: "to", width: e.width, color: {color: e.color, opacity: 0.7}};
    }));
    var options = {
      autoResize: true,
      layout: {randomSeed: 7, improvedLayout: !big},
      nodes: {scaling: {min: 8, max: 36, label: {enabled: false}}, font: {size: big ? 0 : 14}},
      edges: {smooth: big ? false : {type: "continuous"}, font: {size: 10, align: "middle"}},
      interaction: {hover: true, tooltipDelay: 120, hideEdgesOnDrag: big},
      physics: {solver: "forceAtlas2Based", forceAtlas2Based: {gravitationalConstant: -40},
                stabilization: {enabled: true, iterations: big ? 150 : 500, updateInterval: 50}}
    };
    var network = new vis.Network(holder, {nodes: nodes, edges: edges}, options);
    function stop() {
      network.setOptions({physics: false});
      holder.setAttribute("data-physics", "stopped");
    }
    network.once("stabilizationIterationsDone", stop);
    setTimeout(stop, 20000);
    holder.setAttribute("data-rendered-nodes", String(network.body.nodeIndices.length));
    holder.setAttribute("data-rendered-edges", String(network.body.edgeIndices.length));
    window.kgNetworks = (window.kgNetworks || []).concat([network]);
  });
})();
