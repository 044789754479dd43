-- wrk script for the dashboard workload: sends every path of a file once, in order, then stops.
--   wrk -t1 -c8 -d3600s -s bench/wrk/urls.lua http://127.0.0.1:8711 -- paths.txt
-- One path per line (with its query string). Connections that ask for a request after the list
-- is exhausted get the list again from the top; the thread stops as soon as as many responses
-- as there are paths have arrived, so at most connections - 1 repeats are answered (wrk drops
-- the ones still in flight). Prints the same JSON line as report.lua.
local paths = {}
local sent = 0
local answered = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
end

function request()
  sent = sent + 1
  local path = paths[((sent - 1) % #paths) + 1]
  return wrk.format("GET", path)
end

function response(status, headers, body)
  answered = answered + 1
  if answered >= #paths then
    wrk.thread:stop()
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"min":%d,"mean":%.1f,"max":%d,"stdev":%.1f,' ..
    '"p50":%d,"p90":%d,"p99":%d,"p999":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.mean, latency.max, latency.stdev,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9)))
end
