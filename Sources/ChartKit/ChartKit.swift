// ChartKit: the Helm model and its behaviour.
