-- wrk script of the mock benchmarks: POST the JSON body in $BENCH_REQUEST with a bearer key. With
-- $BENCH_DISTINCT set, every request replaces __N__ in the body with a counter, so that no two bodies are equal.
local file = assert(io.open(os.getenv("BENCH_REQUEST"), "rb"))
local body = file:read("*a")
file:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer mock-key"

if os.getenv("BENCH_DISTINCT") then
  local counter = 0
  request = function()
    counter = counter + 1
    return wrk.format(nil, nil, nil, (body:gsub("__N__", tostring(counter))))
  end
end
