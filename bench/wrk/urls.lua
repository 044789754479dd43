-- wrk script for the dashboard workload: sends every path of a file once, in order, then stops.
--   wrk -t1 -c8 -d3600s -s bench/wrk/urls.lua http://127.0.0.1:8711 -- paths.txt done.json
-- One path per line (with its query string). Connections that ask for a request after the list
-- is exhausted get the list again from the top; when as many answers as paths have arrived,
-- the time from the first request to that answer is written to done.json (bench/dashboard.py
-- then stops wrk), so at most connections - 1 repeats are answered. Prints the same JSON line
-- as report.lua.
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } ckb_timespec;
  int clock_gettime(int clk_id, ckb_timespec *tp);
]]
local clock = ffi.new("ckb_timespec")
local function now_us()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_nsec) / 1000
end

local paths = {}
local sent = 0
local answered = 0
local started = nil
local done_file = nil

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  done_file = args[2]
end

function request()
  if started == nil then
    started = now_us()
  end
  sent = sent + 1
  local path = paths[((sent - 1) % #paths) + 1]
  return wrk.format("GET", path)
end

-- wrk's own clock runs to -d; the runner reads the time the last answer arrived from
-- `done_file` and stops wrk with SIGINT (which prints the summary) as soon as it appears.
function response(status, headers, body)
  answered = answered + 1
  if answered == #paths then
    local f = io.open(done_file, "w")
    f:write(string.format('{"answered":%d,"elapsed_us":%d}', answered, now_us() - started))
    f:close()
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
