"""Sample trip-assistant API: an HTTP API (payload 2.0) Lambda handler (app.handler.handler) invoking the agent."""
import json
import os


def handler(event, context):
    path = (event or {}).get("rawPath", "/")
    if path == "/api/health":
        return {"statusCode": 200, "body": json.dumps({"status": "ok"})}
    if path == "/api/messages":
        import boto3  # in the Lambda runtime

        body = json.loads((event or {}).get("body") or "{}")
        # The agent's name for this environment, from the env contract (uses: [function:agent]); the seed's code read
        # AGENT_LAMBDA_FUNCTION_NAME, which the spec can keep with `function:agent as AGENT_LAMBDA_FUNCTION_NAME`.
        agent = os.environ.get("AGENT_LAMBDA_FUNCTION_NAME") or os.environ["AGENT_FUNCTION_NAME"]
        reply = boto3.client("lambda").invoke(FunctionName=agent, Payload=json.dumps({"message": body.get("message", "")}))
        return {"statusCode": 200, "body": reply["Payload"].read().decode()}
    return {"statusCode": 404, "body": json.dumps({"error": "not found"})}
