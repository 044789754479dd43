"""The framework's ceiling: the smallest FastAPI app, served exactly like the service
(uvicorn, one worker, same flags). `async def` so no thread-pool hop: this is the most a
single FastAPI worker can do on this machine."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/")
async def hello() -> dict[str, str]:
    return {"hello": "world"}
