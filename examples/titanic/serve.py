# Serving app of the titanic example image: scores one passenger with model/model.json.
import json
import math

from fastapi import FastAPI

app = FastAPI()
with open("model/model.json", encoding="utf-8") as f:
    MODEL = json.load(f)


@app.get("/health")
def health():
    return {"status": "ok"}


@app.post("/predict")
def predict(features: dict):
    pre = MODEL["preprocessing"]["standardize"]
    x = [(float(features[name]) - m) / s for name, m, s in zip(MODEL["features"], pre["mean"], pre["std"])]
    z = MODEL["intercept"] + sum(w * v for w, v in zip(MODEL["coefficients"], x))
    score = 1 / (1 + math.exp(-z))
    return {"score": score, "survived": int(score >= MODEL["threshold"])}
